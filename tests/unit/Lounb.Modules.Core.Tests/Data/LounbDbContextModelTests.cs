using Lounb.Modules.Core.Data;
using Lounb.Modules.Core.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lounb.Modules.Core.Tests.Data;

public sealed class LounbDbContextModelTests
{
    [Fact]
    public void Model_TwoCatalogsInOneProcess_EachContextGetsItsOwnModules()
    {
        var empty = ModuleCatalog.Create(new ConfigurationBuilder().Build(), []);
        var withNotes = ModuleCatalog.Create(new ConfigurationBuilder().Build(), [new NotesModule()]);
        var options = new DbContextOptionsBuilder<LounbDbContext>().UseSqlite("Data Source=:memory:").Options;

        using var first = new LounbDbContext(options, withNotes);
        using var second = new LounbDbContext(options, empty);

        Assert.NotNull(first.Model.FindEntityType(typeof(Note)));
        Assert.Null(second.Model.FindEntityType(typeof(Note)));
    }

    private sealed class Note
    {
        public Guid Id { get; set; }
    }

    private sealed class NotesModule : ILounbModule
    {
        public string Id => "Notes";

        public IReadOnlyList<string> DependsOn => [];

        public IEnumerable<PermissionDefinition> Permissions => [];

        public IEnumerable<MenuEntry> Menu => [];

        public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        {
        }

        public void MapEndpoints(IEndpointRouteBuilder endpoints)
        {
        }

        public void ConfigureModel(ModelBuilder model) => model.Entity<Note>().ToTable("notes_note");

        public Task SeedAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
    }
}
