using System.Runtime.CompilerServices;

namespace Lounb.Modules.Core.Results;

/// <summary>
/// Declares one module's errors, naming each by the member that declares it:
/// <code>
/// private static readonly ErrorCodes Define = new("Courses");
/// public static readonly Error SlugTaken = Define.Conflict("Курс із такою адресою вже є.");   // Courses:SlugTaken
/// public static Error FileTooLarge(long max) => Define.Invalid($"Файл завеликий: …");          // Courses:FileTooLarge
/// </code>
/// </summary>
public sealed class ErrorCodes
{
    private readonly string _module;

    public ErrorCodes(string module)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        _module = module;
    }

    public Error NotFound(string message, [CallerMemberName] string name = "") => Create(ErrorKind.NotFound, message, name);

    public Error Forbidden(string message, [CallerMemberName] string name = "") => Create(ErrorKind.Forbidden, message, name);

    public Error Invalid(string message, [CallerMemberName] string name = "") => Create(ErrorKind.Invalid, message, name);

    public Error Conflict(string message, [CallerMemberName] string name = "") => Create(ErrorKind.Conflict, message, name);

    public Error Unavailable(string message, [CallerMemberName] string name = "") => Create(ErrorKind.Unavailable, message, name);

    private Error Create(ErrorKind kind, string message, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Error(kind, $"{_module}:{name}", message);
    }
}
