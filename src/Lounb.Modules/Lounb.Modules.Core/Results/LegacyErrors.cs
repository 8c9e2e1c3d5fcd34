namespace Lounb.Modules.Core.Results;

// TRANSITIONAL (issue 13 §2): kept only while the modules move their errors to ErrorCodes; deleted at the merge.
public sealed partial record Error
{
    public static Error NotFound(string message) => new(ErrorKind.NotFound, "not_found", message);

    public static Error Forbidden(string message) => new(ErrorKind.Forbidden, "forbidden", message);

    public static Error Validation(string message) => new(ErrorKind.Invalid, "validation", message);

    public static Error Conflict(string message) => new(ErrorKind.Conflict, "conflict", message);
}
