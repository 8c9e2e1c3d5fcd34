using Lounb.Modules.Core.Audit;
using Lounb.Modules.Core.Identity;
using Lounb.Modules.Core.Modules;
using Lounb.Modules.Core.Organisation;
using Lounb.Modules.Core.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lounb.Modules.Core.Data;

/// <summary>
/// The one database context: Identity, the organisation tree, audit, Data Protection keys, and every listed module's model
/// (switched-off modules included, so that migrations never depend on configuration). PostgreSQL is primary;
/// the host's SQLite subclass carries the embedded default's own migration set.
/// </summary>
public class LounbDbContext
    : IdentityDbContext<LounbUser, LounbRole, Guid, IdentityUserClaim<Guid>, LounbUserRole, IdentityUserLogin<Guid>, IdentityRoleClaim<Guid>, IdentityUserToken<Guid>>,
      IDataProtectionKeyContext
{
    private readonly ModuleCatalog _modules;

    public LounbDbContext(DbContextOptions<LounbDbContext> options, ModuleCatalog modules)
        : base(options) => _modules = modules;

    protected LounbDbContext(DbContextOptions options, ModuleCatalog modules)
        : base(options) => _modules = modules;

    public DbSet<Oblast> Oblasts => Set<Oblast>();

    public DbSet<Hromada> Hromadas => Set<Hromada>();

    public DbSet<Library> Libraries => Set<Library>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshSearchTexts();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshSearchTexts();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>Which modules built this model; EF Core caches one model per key (see <see cref="ModuleAwareModelCacheKeyFactory"/>).</summary>
    internal string ModelKey => string.Join(',', _modules.All.Select(m => m.Id));

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IModelCacheKeyFactory, ModuleAwareModelCacheKeyFactory>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LounbDbContext).Assembly);
        foreach (var module in _modules.All)
        {
            module.ConfigureModel(builder);
        }
    }

    private void RefreshSearchTexts()
    {
        foreach (var entry in ChangeTracker.Entries<IHasSearchText>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshSearchText();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
