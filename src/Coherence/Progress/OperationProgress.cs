namespace Coherence.Progress;

/// <summary>How far a long operation has got, for progress bars.</summary>
/// <param name="Completed">Items done.</param>
/// <param name="Total">Items in all.</param>
/// <param name="Item">The item just done (a file name).</param>
public readonly record struct OperationProgress(int Completed, int Total, string Item);
