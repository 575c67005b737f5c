namespace Coherence.Model;

/// <summary>A group of people on the move that policies address: immigrants, emigrants, transit migrants, returnees, asylum seekers and refugees.</summary>
/// <param name="Id">The group id (<c>transit</c>).</param>
/// <param name="Name">The group's name.</param>
/// <param name="Weight">The group's weight when scores are combined across groups.</param>
public sealed record MigrantGroup(string Id, LocalizedText Name, double Weight = 1);
