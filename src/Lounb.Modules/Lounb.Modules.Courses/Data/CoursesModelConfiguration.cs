using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Courses.Domain;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Modules.Courses.Data;

internal static class CoursesModelConfiguration
{
    public static void Apply(ModelBuilder model)
    {
        model.Entity<Course>(course =>
        {
            course.ToTable("courses_course");
            course.Property(c => c.Slug).HasMaxLength(CourseLimits.SlugLength);
            course.Property(c => c.Title).HasMaxLength(CourseLimits.TitleLength);
            course.Property(c => c.Summary).HasMaxLength(CourseLimits.SummaryLength);
            course.Property(c => c.Topics).HasMaxLength(CourseLimits.TopicsLength);
            course.Property(c => c.CoverImageKey).HasMaxLength(CourseLimits.FileKeyLength);
            course.Property(c => c.OwnerOblastCode).HasMaxLength(8);
            course.Property(c => c.SearchText).HasMaxLength(1600);
            course.Property(c => c.SortKey).HasMaxLength(200);
            course.HasIndex(c => new { c.Status, c.SortKey });
            course.HasIndex(c => c.Slug).IsUnique();
            course.HasIndex(c => new { c.Status, c.Audience, c.Format });
            course.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.SetNull);
            course.HasOne<Oblast>().WithMany().HasForeignKey(c => c.OwnerOblastCode).OnDelete(DeleteBehavior.Restrict);
            course.HasMany(c => c.Sections).WithOne().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasMany(c => c.Prerequisites).WithOne().HasForeignKey(p => p.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.Ignore(c => c.TopicList);
        });
        model.Entity<CoursePrerequisite>(prerequisite =>
        {
            prerequisite.ToTable("courses_prerequisite");
            prerequisite.HasKey(p => new { p.CourseId, p.RequiredCourseId });
            prerequisite.HasOne<Course>().WithMany().HasForeignKey(p => p.RequiredCourseId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<Section>(section =>
        {
            section.ToTable("courses_section");
            section.Property(s => s.Title).HasMaxLength(CourseLimits.TitleLength);
            section.HasMany(s => s.Lessons).WithOne().HasForeignKey(l => l.SectionId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Lesson>(lesson =>
        {
            lesson.ToTable("courses_lesson");
            lesson.Property(l => l.Kind).HasMaxLength(40);
            lesson.Property(l => l.Title).HasMaxLength(CourseLimits.TitleLength);
            lesson.Property(l => l.BodyMarkdown).HasMaxLength(CourseLimits.BodyLength);
            lesson.Property(l => l.Url).HasMaxLength(CourseLimits.UrlLength);
            lesson.Property(l => l.FileKey).HasMaxLength(CourseLimits.FileKeyLength);
            lesson.Property(l => l.FileName).HasMaxLength(CourseLimits.FileNameLength);
            lesson.Property(l => l.FileContentType).HasMaxLength(100);
            lesson.Property(l => l.ExtensionRef).HasMaxLength(CourseLimits.ExtensionRefLength);
            lesson.HasIndex(l => new { l.CourseId, l.IsRemoved });
        });
        model.Entity<CourseRun>(run =>
        {
            run.ToTable("courses_run");
            run.Property(r => r.Title).HasMaxLength(CourseLimits.TitleLength);
            run.Property(r => r.InviteCode).HasMaxLength(CourseLimits.InviteCodeLength);
            run.Property(r => r.Version).IsConcurrencyToken();
            run.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
            run.HasMany(r => r.Trainers).WithOne().HasForeignKey(t => t.RunId).OnDelete(DeleteBehavior.Cascade);
            run.HasIndex(r => new { r.CourseId, r.State });
            run.Ignore(r => r.HasFreeSeat);
        });
        model.Entity<RunTrainer>(trainer =>
        {
            trainer.ToTable("courses_run_trainer");
            trainer.HasKey(t => new { t.RunId, t.UserId });
            trainer.HasOne<LounbUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Enrollment>(enrollment =>
        {
            enrollment.ToTable("courses_enrollment");
            enrollment.HasIndex(e => new { e.RunId, e.UserId }).IsUnique();
            enrollment.HasIndex(e => new { e.UserId, e.Status });
            enrollment.HasIndex(e => new { e.RunId, e.Status, e.CreatedAt });
            enrollment.HasOne<CourseRun>().WithMany().HasForeignKey(e => e.RunId).OnDelete(DeleteBehavior.Cascade);
            enrollment.HasOne<LounbUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
            enrollment.Ignore(e => e.HoldsSeat);
        });
        model.Entity<LessonProgress>(progress =>
        {
            progress.ToTable("courses_lesson_progress");
            progress.HasKey(p => new { p.EnrollmentId, p.LessonId });
            progress.HasOne<Enrollment>().WithMany().HasForeignKey(p => p.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
            progress.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
