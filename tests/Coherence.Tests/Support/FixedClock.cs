using System;

namespace Coherence.Tests.Support;

/// <summary>A clock stopped at one instant, so that dated outputs can be compared.</summary>
internal sealed class FixedClock : TimeProvider
{
    private readonly DateTimeOffset now;

    public FixedClock(DateTimeOffset now) => this.now = now;

    public override DateTimeOffset GetUtcNow() => now;
}
