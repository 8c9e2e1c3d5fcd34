using System.ComponentModel.DataAnnotations;

namespace Lounb.Learning.Email;

/// <summary>Bound from "Lounb:Email". With no SMTP host, mail goes to <see cref="OutboxDirectory"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Lounb:Email";

    [Required]
    public string From { get; set; } = "Lounb Learning <noreply@lounb.example>";

    /// <summary>Folder for .eml files when SMTP is not configured (relative to the content root unless absolute).</summary>
    [Required]
    public string OutboxDirectory { get; set; } = "data/outbox";

    /// <summary>Public address of the site used in links inside letters (e.g. https://learning.lounb.example); the request's own address when empty.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>STARTTLS on the submission port (the default); false only for a local relay.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    /// <summary>From configuration or the environment (Lounb__Email__Smtp__Password), never from the repository.</summary>
    public string? Password { get; set; }
}
