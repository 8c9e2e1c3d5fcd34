namespace Lounb.Modules.Core.Results;

/// <summary>An expected failure with a code for programs and a Ukrainian message for people.</summary>
public sealed record Error(string Code, string Message)
{
    public static Error NotFound(string message) => new("not_found", message);

    public static Error Forbidden(string message) => new("forbidden", message);

    public static Error Validation(string message) => new("validation", message);

    public static Error Conflict(string message) => new("conflict", message);
}

public class Result
{
    protected Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Success() => new(null);

    public static Result Failure(Error error) => new(error);

    public static implicit operator Result(Error error) => new(error);
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

    public static implicit operator Result<T>(T value) => new(value);

    public static implicit operator Result<T>(Error error) => new(error);
}
