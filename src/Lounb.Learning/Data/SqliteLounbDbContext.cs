using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace Lounb.Learning.Data;

/// <summary>The same model on SQLite, with its own migration set in Data/Migrations/Sqlite.</summary>
public sealed class SqliteLounbDbContext(DbContextOptions<SqliteLounbDbContext> options, ModuleCatalog modules)
    : LounbDbContext(options, modules);
