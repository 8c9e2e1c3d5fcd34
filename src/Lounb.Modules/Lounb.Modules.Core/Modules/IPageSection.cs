namespace Lounb.Modules.Core.Modules;

public enum PageSlot
{
    /// <summary>The public home page.</summary>
    Home,

    /// <summary>The personal dashboard after sign-in.</summary>
    Dashboard,
}

/// <summary>
/// A block a module adds to a host page (news on the home page, "my courses" on the dashboard).
/// The host renders <see cref="PartialViewName"/> with the model from <see cref="LoadModelAsync"/>; a switched-off module's sections disappear with its services.
/// </summary>
public interface IPageSection
{
    PageSlot Slot { get; }

    int Order { get; }

    string PartialViewName { get; }

    /// <returns>The partial's model, or null to render nothing.</returns>
    Task<object?> LoadModelAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct);
}
