using Lounb.Modules.Core.Results;
using Lounb.Modules.Webinars.Domain;

namespace Lounb.Modules.Webinars.Live;

/// <summary>A poll as a moderator typed it, checked: a question and 2–6 distinct options, plain text within their limits.</summary>
internal sealed record PollInput(string Question, IReadOnlyList<string> Options)
{
    public static Result<PollInput> Check(string? question, IReadOnlyList<string?>? options)
    {
        if (!LiveText.Check(question, WebinarLimits.PollQuestionLength).Succeeded(out var checkedQuestion, out var error))
        {
            return error;
        }

        var choices = new List<string>();
        foreach (var option in (options ?? []).Where(o => !string.IsNullOrWhiteSpace(o)))
        {
            if (!LiveText.Check(option, WebinarLimits.PollOptionLength).Succeeded(out var checkedOption, out var refusal))
            {
                return refusal;
            }

            choices.Add(checkedOption);
        }

        if (choices.Count is < WebinarLimits.MinPollOptions or > WebinarLimits.MaxPollOptions)
        {
            return WebinarErrors.PollOptionCount;
        }

        if (choices.Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != choices.Count)
        {
            return WebinarErrors.PollOptionsRepeat;
        }

        return new PollInput(checkedQuestion, choices);
    }
}
