using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;

namespace Lounb.Modules.Assessments.Tests.Interchange;

/// <summary>Questions with the awkward corners of both formats, for the writers and the round trips.</summary>
internal static class SampleQuestions
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly CategoryPath Law = new(["Право / закони", "/Основи"]);

    /// <summary>What GIFT can carry: every type, escapes, formats, weights, catch-alls, categories, tags.</summary>
    public static IReadOnlyList<ExportedQuestion> GiftExpressible() =>
    [
        new(new QuestionContent
        {
            Type = QuestionType.SingleChoice,
            Name = "Символи: = # ~ { } \\ і ::подвійні::",
            Text = "Рядок 1 {не блок}\nРядок 2 з #### і -> та // усередині",
            GeneralFeedback = "Загальний відгук: #1",
            Choices =
            [
                new("c1", "%50% людей", 1m, "так # саме"),
                new("c2", "[html] не формат", 0m),
                new("c3", "=рівно ~тильда", -0.5m, "[plain] теж не формат"),
                new("c4", "%0% просто", 0m),
            ],
        }, Law, ["тег [1]", "a\\b]"], "ID-1"),
        new(new QuestionContent
        {
            Type = QuestionType.MultipleChoice,
            Name = "Кілька правильних",
            Text = "<p>Оберіть <b>усі</b> правильні</p>",
            Format = TextFormat.Html,
            GeneralFeedback = "<p>Дві третини</p>",
            Choices = [new("c1", "<i>А</i>", 0.3333333m, "<b>так</b>"), new("c2", "Б", 0.6666667m), new("c3", "В", -1m), new("c4", "Г", 1m)],
        }, Law, []),
        new(new QuestionContent
        {
            Type = QuestionType.TrueFalse,
            Name = "Хибне",
            Text = "Земля пласка.",
            CorrectTruth = false,
            FeedbackWhenTrue = "Ні: вона куля.",
            FeedbackWhenFalse = "Так.",
            GeneralFeedback = "Ератосфен виміряв її.",
        }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.TrueFalse,
            Name = "Правдиве",
            Text = "Вода мокра.",
            CorrectTruth = true,
            FeedbackWhenTrue = "Так.",
        }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.ShortAnswer,
            Name = "Коротка",
            Text = "Назвіть столицю",
            AcceptedAnswers = [new("Київ", 1m, "Так"), new("Kyiv", 0.5m), new("К*", 0.1m, "Майже"), new("*", 0m, "Ні")],
        }, CategoryPath.Root, ["гео"]),
        new(new QuestionContent
        {
            Type = QuestionType.Numerical,
            Name = "Число",
            Text = "Скільки?",
            NumericAnswers =
            [
                new(3.14m, 0.005m, 1m, "Точно"),
                new(null, 0m, 0m, "Будь-що інше, але не останнє"),
                new(-2.5m, 0.5m, 0.5m),
                new(null, 0m, 0.1m, "Утішний бал"),
                new(null, 0m, 0m, "Ні"),
            ],
        }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.Matching,
            Name = "Пари",
            Text = "<p>Зіставте</p>",
            Format = TextFormat.Html,
            Pairs = [new("p1", "<b>Кіт</b>", "нявкає = звук"), new("p2", "Пес", "гавкає: гав"), new("p3", "", "мукає")],
        }, CategoryPath.Root, []),
        new(new QuestionContent { Type = QuestionType.Essay, Name = "Есе", Text = "Напишіть", GeneralFeedback = "Оцінюємо логіку" }, CategoryPath.Root, []),
        new(new QuestionContent { Type = QuestionType.Description, Name = "Опис", Text = "**Увага**\n\n- пункт", Format = TextFormat.Markdown, DefaultMark = 0m }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.Ordering,
            Name = "Порядок: кроки",
            Text = "<p>Упорядкуйте {це}</p>",
            Format = TextFormat.Html,
            OrderItems = [new("o1", "Перший: {старт}"), new("o2", "Другий = \\ середина #"), new("o3", "Третій ~ кінець")],
        }, new CategoryPath(["Інше"]), []),
        new(new QuestionContent { Type = QuestionType.Essay, Name = "Порожній HTML", Text = "", Format = TextFormat.Html }, new CategoryPath(["Інше"]), []),
    ];

    /// <summary>Everything, including what only Moodle XML carries: files, combined feedback, case, shuffle, essay options, marks.</summary>
    public static IReadOnlyList<ExportedQuestion> XmlOnly() =>
    [
        new(new QuestionContent
        {
            Type = QuestionType.SingleChoice,
            Name = "Зображення & CDATA ]]> \"лапки\"",
            Text = "<p><img src=\"@@PLUGINFILE@@/flag.png\"> <img src=\"@@PLUGINFILE@@/sub/dir/pic.png\"> ]]> кінець</p>",
            Format = TextFormat.Html,
            DefaultMark = 2.5m,
            ShuffleAnswers = false,
            CorrectFeedback = "<p>Правильно</p>",
            PartiallyCorrectFeedback = "Частково",
            IncorrectFeedback = "<p>Ні ]]></p>",
            Choices = [new("c1", "А & Б", 1m, "<b>так</b>"), new("c2", "В", 0m)],
            Files = [new EmbeddedFile("flag.png", "image/png", Png), new EmbeddedFile("sub/dir/pic.png", "image/png", Png)],
        }, Law, ["x&y", "<tag>"], "ID-&-2"),
        new(new QuestionContent
        {
            Type = QuestionType.ShortAnswer,
            Name = "Регістр",
            Text = "Напишіть ЄС",
            CaseSensitive = true,
            AcceptedAnswers = [new("ЄС", 1m)],
        }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.Essay,
            Name = "Есе з налаштуваннями",
            Text = "Напишіть",
            EssayLines = 30,
            GraderInfo = "<p>Критерії</p>",
            ResponseTemplate = "Вступ:\nОсновна частина:",
            DefaultMark = 10m,
        }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.Matching,
            Name = "Пари без перемішування",
            Text = "Зіставте",
            ShuffleAnswers = false,
            CorrectFeedback = "Так",
            Pairs = [new("p1", "А", "1"), new("p2", "Б", "2")],
        }, CategoryPath.Root, []),
        new(new QuestionContent
        {
            Type = QuestionType.Ordering,
            Name = "Порядок",
            Text = "Упорядкуйте",
            ShuffleAnswers = false,
            IncorrectFeedback = "Ні",
            OrderItems = [new("o1", "<b>1</b>"), new("o2", "2"), new("o3", "3")],
        }, CategoryPath.Root, []),
    ];
}
