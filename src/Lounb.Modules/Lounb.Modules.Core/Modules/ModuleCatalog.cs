using Microsoft.Extensions.Configuration;

namespace Lounb.Modules.Core.Modules;

/// <summary>
/// The modules the host lists, in dependency order, and which of them are switched on
/// (<c>Lounb:Modules:&lt;Id&gt;:Enabled</c>). Disabled modules keep their model so migrations never depend on configuration.
/// </summary>
public sealed class ModuleCatalog
{
    private ModuleCatalog(IReadOnlyList<ILounbModule> all, IReadOnlyList<ILounbModule> enabled)
    {
        All = all;
        Enabled = enabled;
    }

    public IReadOnlyList<ILounbModule> All { get; }

    public IReadOnlyList<ILounbModule> Enabled { get; }

    public IEnumerable<PermissionDefinition> Permissions => Enabled.SelectMany(m => m.Permissions);

    public IEnumerable<MenuEntry> Menu => Enabled.SelectMany(m => m.Menu);

    public bool IsEnabled(string id) => Enabled.Any(m => m.Id == id);

    public static ModuleCatalog Create(IConfiguration configuration, IEnumerable<ILounbModule> modules)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var ordered = OrderByDependencies(modules.ToList());
        var enabled = new List<ILounbModule>();
        foreach (var module in ordered)
        {
            if (!configuration.GetValue($"Lounb:Modules:{module.Id}:Enabled", true))
            {
                continue;
            }

            var missing = module.DependsOn.FirstOrDefault(d => enabled.All(e => e.Id != d));
            if (missing is not null)
            {
                throw new InvalidOperationException($"Module '{module.Id}' needs module '{missing}', which is switched off.");
            }

            enabled.Add(module);
        }

        return new ModuleCatalog(ordered, enabled);
    }

    private static List<ILounbModule> OrderByDependencies(List<ILounbModule> modules)
    {
        var byId = new Dictionary<string, ILounbModule>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                throw new InvalidOperationException($"Module id '{module.Id}' is listed twice.");
            }
        }

        var ordered = new List<ILounbModule>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ILounbModule module)
        {
            if (ordered.Contains(module))
            {
                return;
            }

            if (!visiting.Add(module.Id))
            {
                throw new InvalidOperationException($"Module dependencies form a cycle at '{module.Id}'.");
            }

            foreach (var dependency in module.DependsOn)
            {
                if (!byId.TryGetValue(dependency, out var required))
                {
                    throw new InvalidOperationException($"Module '{module.Id}' depends on '{dependency}', which the host does not list.");
                }

                Visit(required);
            }

            visiting.Remove(module.Id);
            ordered.Add(module);
        }

        modules.ForEach(Visit);
        return ordered;
    }
}
