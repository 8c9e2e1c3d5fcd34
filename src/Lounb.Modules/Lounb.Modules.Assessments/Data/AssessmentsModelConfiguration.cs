using Lounb.Modules.Assessments.Domain;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using static Lounb.Modules.Assessments.Domain.AssessmentLimits;

namespace Lounb.Modules.Assessments.Data;

internal static class AssessmentsModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<QuestionCategory>(category =>
        {
            category.ToTable("assessments_category");
            category.Property(c => c.Name).HasMaxLength(CategoryNameLength);
            category.Property(c => c.Info).HasMaxLength(CategoryInfoLength);
            category.Property(c => c.IdNumber).HasMaxLength(IdNumberLength);
            category.Property(c => c.SortKey).HasMaxLength(CategoryNameLength);
            category.HasOne<QuestionCategory>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
            category.HasOne<LounbUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
            category.HasIndex(c => new { c.OwnerId, c.IsShared });
        });
        model.Entity<Question>(question =>
        {
            question.ToTable("assessments_question");
            question.Property(q => q.Name).HasMaxLength(QuestionNameLength);
            question.Property(q => q.Tags).HasMaxLength(TagsLength);
            question.Property(q => q.IdNumber).HasMaxLength(IdNumberLength);
            question.HasOne<QuestionCategory>().WithMany().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Restrict);
            question.HasIndex(q => new { q.CategoryId, q.IsRemoved });
            question.Ignore(q => q.TagList);
        });
        model.Entity<QuestionVersion>(version =>
        {
            version.ToTable("assessments_question_version");
            version.HasOne<Question>().WithMany().HasForeignKey(v => v.QuestionId).OnDelete(DeleteBehavior.Cascade);
            version.HasIndex(v => new { v.QuestionId, v.Number }).IsUnique();
        });
        model.Entity<QuestionFile>(file =>
        {
            file.ToTable("assessments_question_file");
            file.HasKey(f => new { f.VersionId, f.Name });
            file.Property(f => f.Name).HasMaxLength(EmbeddedFileNameLength);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.HasOne<QuestionVersion>().WithMany().HasForeignKey(f => f.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<PendingImport>(import =>
        {
            import.ToTable("assessments_pending_import");
            import.Property(i => i.FileName).HasMaxLength(FileNameLength);
            import.HasOne<LounbUser>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Cascade);
            import.HasOne<QuestionCategory>().WithMany().HasForeignKey(i => i.TargetCategoryId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Quiz>(quiz =>
        {
            quiz.ToTable("assessments_quiz");
            quiz.Property(q => q.Title).HasMaxLength(QuizTitleLength);
            quiz.Property(q => q.IntroMarkdown).HasMaxLength(QuizIntroLength);
            quiz.Property(q => q.OwnerOblastCode).HasMaxLength(8);
            quiz.Property(q => q.PassPercent).HasPrecision(5, 2);
            quiz.HasOne<Oblast>().WithMany().HasForeignKey(q => q.OwnerOblastCode).OnDelete(DeleteBehavior.Restrict);
            quiz.HasMany(q => q.Slots).WithOne().HasForeignKey(s => s.QuizId).OnDelete(DeleteBehavior.Cascade);
            quiz.HasMany(q => q.Overrides).WithOne().HasForeignKey(o => o.QuizId).OnDelete(DeleteBehavior.Cascade);
            quiz.HasIndex(q => q.Status);
        });
        model.Entity<QuizSlot>(slot =>
        {
            slot.ToTable("assessments_quiz_slot");
            slot.Property(s => s.Mark).HasPrecision(9, 3);
            slot.HasOne<Question>().WithMany().HasForeignKey(s => s.QuestionId).OnDelete(DeleteBehavior.Restrict);
            slot.HasOne<QuestionCategory>().WithMany().HasForeignKey(s => s.CategoryId).OnDelete(DeleteBehavior.Restrict);
            slot.Ignore(s => s.IsDraw);
        });
        model.Entity<QuizOverride>(quizOverride =>
        {
            quizOverride.ToTable("assessments_quiz_override");
            quizOverride.HasKey(o => new { o.QuizId, o.UserId });
            quizOverride.Property(o => o.Reason).HasMaxLength(OverrideReasonLength);
            quizOverride.HasOne<LounbUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Attempt>(attempt =>
        {
            attempt.ToTable("assessments_attempt");
            attempt.Property(a => a.Score).HasPrecision(12, 4);
            attempt.Property(a => a.MaxScore).HasPrecision(12, 4);
            attempt.Property(a => a.Percent).HasPrecision(7, 3);
            attempt.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasOne<LounbUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasMany(a => a.Slots).WithOne().HasForeignKey(s => s.AttemptId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasIndex(a => new { a.QuizId, a.UserId, a.Number }).IsUnique();
            // One attempt in progress per person and quiz, kept by the database even when two starts race.
            attempt.HasIndex(a => new { a.QuizId, a.UserId }).IsUnique().HasFilter("\"state\" = 'InProgress'").HasDatabaseName("ix_assessments_attempt_one_in_progress");
            attempt.HasIndex(a => new { a.State, a.DeadlineAt });
        });
        model.Entity<AttemptSlot>(slot =>
        {
            slot.ToTable("assessments_attempt_slot");
            slot.HasKey(s => new { s.AttemptId, s.Number });
            slot.Property(s => s.Mark).HasPrecision(9, 3);
            slot.Property(s => s.Fraction).HasPrecision(9, 7);
            slot.Property(s => s.Layout).HasMaxLength(2000);
            slot.Property(s => s.Response).HasMaxLength(40_000);
            slot.Property(s => s.GraderComment).HasMaxLength(GraderCommentLength);
            slot.HasOne<QuestionVersion>().WithMany().HasForeignKey(s => s.QuestionVersionId).OnDelete(DeleteBehavior.Restrict);
            slot.HasIndex(s => new { s.NeedsManualGrading });
        });
        model.Entity<QuizGrade>(grade =>
        {
            grade.ToTable("assessments_quiz_grade");
            grade.HasKey(g => new { g.QuizId, g.UserId });
            grade.Property(g => g.Percent).HasPrecision(7, 3);
            grade.HasOne<Quiz>().WithMany().HasForeignKey(g => g.QuizId).OnDelete(DeleteBehavior.Cascade);
            grade.HasOne<LounbUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
