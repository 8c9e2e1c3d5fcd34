namespace Lounb.Modules.Core.Results;

/// <summary>What kind of refusal an <see cref="Error"/> is; the web layer maps each kind to one answer (ErrorResponses).</summary>
public enum ErrorKind
{
    /// <summary>The thing does not exist, or is outside the person's scope (probing ids tells nothing): 404.</summary>
    NotFound,

    /// <summary>The person may not do this at all: 403.</summary>
    Forbidden,

    /// <summary>The input breaks a rule; the form is shown again with the message: 400.</summary>
    Invalid,

    /// <summary>The input is fine but the state does not allow it now (taken, closed, already done): 409.</summary>
    Conflict,

    /// <summary>Something the use case needs is down or not configured; trying later may work: 503.</summary>
    Unavailable,
}

/// <summary>
/// An expected failure: its kind, a stable code for programs (<c>Module:ErrorName</c>, as in <c>Courses:SlugTaken</c>)
/// and a Ukrainian message for people. Errors are declared once, in the module's <c>Domain/&lt;Module&gt;Errors.cs</c>,
/// through an <see cref="ErrorCodes"/> of that module.
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string Message);
