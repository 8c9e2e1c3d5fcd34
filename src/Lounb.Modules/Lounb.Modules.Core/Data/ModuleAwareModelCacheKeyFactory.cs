using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lounb.Modules.Core.Data;

/// <summary>
/// EF Core caches a model per context type; the model of <see cref="LounbDbContext"/> also depends on the listed modules,
/// so two catalogs in one process (tests, tools) must not share a model.
/// </summary>
internal sealed class ModuleAwareModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is LounbDbContext lounb ? (context.GetType(), lounb.ModelKey, designTime) : (context.GetType(), designTime);
}
