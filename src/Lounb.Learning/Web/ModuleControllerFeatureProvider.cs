using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Lounb.Learning.Web;

/// <summary>
/// Modules keep their controllers internal (only Contracts/ is public), so MVC is told to accept
/// internal controller classes from module assemblies too.
/// </summary>
internal sealed class ModuleControllerFeatureProvider(IReadOnlySet<Assembly> moduleAssemblies) : ControllerFeatureProvider
{
    protected override bool IsController(TypeInfo typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (base.IsController(typeInfo))
        {
            return true;
        }

        return moduleAssemblies.Contains(typeInfo.Assembly)
            && typeInfo is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false, IsNested: false }
            && typeInfo.Name.EndsWith("Controller", StringComparison.Ordinal)
            && typeof(Microsoft.AspNetCore.Mvc.ControllerBase).IsAssignableFrom(typeInfo);
    }
}
