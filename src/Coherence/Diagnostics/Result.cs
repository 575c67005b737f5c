using System.Collections.Generic;
using System.Linq;

namespace Coherence.Diagnostics;

/// <summary>The outcome of reading or checking user input: a value when it could be built, and every diagnostic found.</summary>
/// <typeparam name="T">The kind of value.</typeparam>
public sealed class Result<T>
    where T : class
{
    /// <summary>Initializes a new instance of the <see cref="Result{T}"/> class.</summary>
    /// <param name="value">The value, or <see langword="null"/> when errors prevented it.</param>
    /// <param name="diagnostics">What was found.</param>
    public Result(T? value, IReadOnlyList<Diagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the value, or <see langword="null"/> when errors prevented it.</summary>
    public T? Value { get; }

    /// <summary>Gets every diagnostic, errors and warnings, in the order they were found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether there is a value and no error.</summary>
    public bool IsSuccess => Value is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>Gets the errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>Creates a failed result.</summary>
    /// <param name="diagnostics">What was wrong.</param>
    /// <returns>A result without value.</returns>
    public static Result<T> Failure(IReadOnlyList<Diagnostic> diagnostics) => new(null, diagnostics);

    /// <summary>Creates a failed result from one diagnostic.</summary>
    /// <param name="diagnostic">What was wrong.</param>
    /// <returns>A result without value.</returns>
    public static Result<T> Failure(Diagnostic diagnostic) => new(null, new[] { diagnostic });
}
