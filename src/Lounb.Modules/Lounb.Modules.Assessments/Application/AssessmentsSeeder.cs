using System.Reflection;
using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Assessments.Interchange;
using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.People;
using Lounb.Modules.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Assessments.Application;

/// <summary>
/// With demo data: a shared bank of the library's own questions (Seed/demo-bank.gift) and a published quiz on media
/// literacy; and the shared bank «Атестація бібліотечних працівників» (Seed/attestation-bank.gift) that the demo
/// attestation campaign draws its test from.
/// </summary>
internal sealed class AssessmentsSeeder(LounbDbContext db, IPeopleDirectory people, SeedContext seed, QuestionImportService imports, TimeProvider time)
{
    public const string DemoQuizTitle = "Медіаграмотність і кібергігієна: підсумковий тест";
    public const string AttestationBankName = "Атестація бібліотечних працівників";
    private const string DemoAuthorEmail = "metodyst@lounb.demo";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!seed.IncludeDemoData)
        {
            return;
        }

        await SeedLibraryBankAsync(ct);
        await SeedAttestationBankAsync(ct);
    }

    private async Task SeedLibraryBankAsync(CancellationToken ct)
    {
        if (await db.Set<QuestionCategory>().AnyAsync(c => c.ParentId == null && c.Name != AttestationBankName, ct))
        {
            return;
        }

        var author = (await people.FindByEmailAsync(DemoAuthorEmail, ct))?.Id;
        if (author is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var root = new QuestionCategory("Банк ЛОУНБ", null, author.Value) { IsShared = true, SortKey = UkrainianSort.Key("Банк ЛОУНБ"), Info = "Спільні питання методистів ЛОУНБ." };
        db.Add(root);
        var quiz = new Quiz(DemoQuizTitle, author.Value, ownerOblastCode: null, now)
        {
            IntroMarkdown = "Підсумковий тест курсу з медіаграмотності. Відповіді зберігаються одразу, навіть без зв'язку.",
            Status = QuizStatus.Published,
            TimeLimitMinutes = 20,
            AttemptsAllowed = 3,
            PassPercent = 60m,
            QuestionsPerPage = 3,
        };
        db.Add(quiz);
        var added = await imports.AddToBankAsync(new BankActor(author.Value, IsNational: true), root.Id, new GiftReader().Read(ReadResource("demo-bank.gift")), shareNewCategories: true, ct);
        var position = 0;
        foreach (var (imported, question) in added)
        {
            if (imported.Category.Segments.Count > 0 && imported.Category.Segments[0] == "Медіаграмотність" && imported.Content.IsGraded && !imported.Content.IsManuallyGraded)
            {
                db.Add(QuizSlot.ForQuestion(quiz.Id, ++position, question.Id, imported.Content.DefaultMark));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Four shared categories (legislation, the profession, the Ukrainian language, information hygiene) under one root.</summary>
    private async Task SeedAttestationBankAsync(CancellationToken ct)
    {
        if (await db.Set<QuestionCategory>().AnyAsync(c => c.Name == AttestationBankName && c.ParentId == null, ct)
            || (await people.FindByEmailAsync(DemoAuthorEmail, ct))?.Id is not { } author)
        {
            return;
        }

        var root = new QuestionCategory(AttestationBankName, null, author)
        {
            IsShared = true, SortKey = UkrainianSort.Key(AttestationBankName), Info = "Питання для атестаційних тестів: тест кожного кандидата складається випадково з цих категорій.",
        };
        db.Add(root);
        await imports.AddToBankAsync(new BankActor(author, IsNational: true), root.Id, new GiftReader().Read(ReadResource("attestation-bank.gift")), shareNewCategories: true, ct);
        await db.SaveChangesAsync(ct);
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Lounb.Modules.Assessments.Seed.{name}")
            ?? throw new InvalidOperationException("The demo question bank is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
