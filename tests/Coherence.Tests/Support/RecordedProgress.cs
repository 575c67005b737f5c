using System;
using System.Collections.Generic;

namespace Coherence.Tests.Support;

/// <summary>Keeps every progress report, in order, on the reporting thread (unlike <see cref="Progress{T}"/>, which posts them).</summary>
/// <typeparam name="T">What is reported.</typeparam>
public sealed class RecordedProgress<T> : IProgress<T>
{
    /// <summary>Gets the reports so far.</summary>
    public List<T> Reports { get; } = new();

    /// <inheritdoc/>
    public void Report(T value) => Reports.Add(value);
}
