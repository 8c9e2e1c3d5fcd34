namespace Lounb.Learning.Organisation;

/// <summary>Public lists for the registration form's hromada and library pickers (the organisation tree is public information).</summary>
internal static class OrganisationApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/organisation").AllowAnonymous();
        api.MapGet("/hromadas", async (string? oblast, OrganisationService organisation, CancellationToken ct) =>
            TypedResults.Ok(await organisation.HromadaOptionsAsync(oblast, ct)));
        api.MapGet("/libraries", async (Guid? hromada, OrganisationService organisation, CancellationToken ct) =>
            TypedResults.Ok(await organisation.LibraryOptionsAsync(hromada, ct)));
    }
}
