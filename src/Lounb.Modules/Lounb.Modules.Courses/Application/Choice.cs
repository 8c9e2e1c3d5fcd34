namespace Lounb.Modules.Courses.Application;

/// <summary>One option of a form's list: the value posted back and the text a person reads.</summary>
internal sealed record Choice(string Value, string Text);
