using System.Diagnostics.CodeAnalysis;

namespace Lounb.Modules.Core.Results;

public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);

    public static Result Failure(Error error) => new(error);

    /// <summary>True when the use case refused; <paramref name="error"/> then says why.</summary>
    public bool Failed([NotNullWhen(true)] out Error? error)
    {
        error = Error;
        return error is not null;
    }

    public static implicit operator Result(Error error) => new(error);

    /// <summary>The success's value as an object (none for a plain <see cref="Result"/>), for code that handles any result.</summary>
    internal virtual object? BoxedValue => null;
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(T value)
        : base(null) => _value = value;

    private Result(Error error)
        : base(error)
    {
    }

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error!.Code}.");

    public static Result<T> Success(T value) => new(value);

    public static new Result<T> Failure(Error error) => new(error);

    /// <summary>True when the use case succeeded; <paramref name="value"/> is then its value, otherwise <paramref name="error"/> says why.</summary>
    public bool Succeeded([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out Error? error)
    {
        value = _value;
        error = Error;
        return error is null;
    }

    internal override object? BoxedValue => Value;

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new(error);
}
