using System.Collections.ObjectModel;
using System.Reflection;

namespace Lounb.Architecture.Tests.Boundaries;

/// <summary>A type named somewhere in compiled code, with where it was seen (for the failure message).</summary>
internal readonly record struct TypeReference(Type Type, string Site);

/// <summary>
/// Every type that compiled code names: base type, interfaces, generic constraints, attributes (and their typeof arguments),
/// fields, properties, events, method signatures, locals, catch clauses and the metadata tokens in method bodies
/// (call, callvirt, newobj, ldfld, ldsfld, stfld, ldtoken, castclass, isinst, box, newarr, initobj, ...).
/// Constructed generics, arrays, pointers and by-refs are broken down to the types they are made of.
/// Constants are inlined by the compiler and leave no trace. The stand-alone signature of a calli (C# function pointers)
/// is not decoded; the function-pointer type itself is still seen wherever a field, parameter or local has it.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static IReadOnlyList<TypeReference> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var found = new List<TypeReference>();
        var name = Describe(type);
        Add(found, type.BaseType, $"{name}: base type");
        foreach (var implemented in type.GetInterfaces())
        {
            Add(found, implemented, $"{name}: interface");
        }

        AddGenericConstraints(found, type.IsGenericTypeDefinition ? type.GetGenericArguments() : [], name);
        AddAttributes(found, type.GetCustomAttributesData(), $"{name}: attribute");
        foreach (var field in type.GetFields(Declared))
        {
            Add(found, field.FieldType, $"{name}.{field.Name}: field type");
            AddAttributes(found, field.GetCustomAttributesData(), $"{name}.{field.Name}: attribute");
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType, $"{name}.{property.Name}: property type");
            AddAttributes(found, property.GetCustomAttributesData(), $"{name}.{property.Name}: attribute");
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            Add(found, @event.EventHandlerType, $"{name}.{@event.Name}: event type");
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            AddMethod(found, method, type.IsGenericType ? type.GetGenericArguments() : null, $"{name}.{method.Name}");
        }

        return found;
    }

    /// <summary>Assembly attributes and global (module-level) fields and methods, such as module initialisers.</summary>
    public static IReadOnlyList<TypeReference> OfAssemblyLevel(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var found = new List<TypeReference>();
        var name = assembly.GetName().Name;
        AddAttributes(found, assembly.GetCustomAttributesData(), $"{name}: assembly attribute");
        foreach (var module in assembly.GetModules())
        {
            foreach (var field in module.GetFields(Declared))
            {
                Add(found, field.FieldType, $"{name}: global field {field.Name}");
            }

            foreach (var method in module.GetMethods(Declared))
            {
                AddMethod(found, method, null, $"{name}: global method {method.Name}");
            }
        }

        return found;
    }

    /// <summary>The types a (possibly constructed) type is made of: List&lt;Secret[]&gt; gives List&lt;&gt; and Secret.</summary>
    public static IEnumerable<Type> Flatten(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Flatten(type.GetElementType()!))
            {
                yield return element;
            }

            yield break;
        }

        if (type.IsFunctionPointer)
        {
            foreach (var part in type.GetFunctionPointerParameterTypes().Append(type.GetFunctionPointerReturnType()).SelectMany(Flatten))
            {
                yield return part;
            }

            yield break;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return argument;
            }

            yield break;
        }

        yield return type;
    }

    private static void AddMethod(List<TypeReference> found, MethodBase method, Type[]? typeArguments, string site)
    {
        AddAttributes(found, method.GetCustomAttributesData(), $"{site}: attribute");
        Type[]? methodArguments = null;
        if (method is MethodInfo info)
        {
            Add(found, info.ReturnType, $"{site}: return type");
            AddAttributes(found, info.ReturnParameter.GetCustomAttributesData(), $"{site}: return attribute");
            if (info.IsGenericMethodDefinition)
            {
                methodArguments = info.GetGenericArguments();
                AddGenericConstraints(found, methodArguments, site);
            }
        }

        foreach (var parameter in method.GetParameters())
        {
            Add(found, parameter.ParameterType, $"{site}: parameter {parameter.Name}");
            AddAttributes(found, parameter.GetCustomAttributesData(), $"{site}: parameter {parameter.Name} attribute");
        }

        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Add(found, local.LocalType, $"{site}: local variable");
        }

        foreach (var clause in body.ExceptionHandlingClauses.Where(c => c.Flags == ExceptionHandlingClauseOptions.Clause))
        {
            Add(found, clause.CatchType, $"{site}: catch clause");
        }

        var il = body.GetILAsByteArray();
        if (il is null)
        {
            return;
        }

        foreach (var instruction in IlReader.TokenInstructions(il))
        {
            MemberInfo? member;
            try
            {
                member = method.Module.ResolveMember(instruction.Token, typeArguments, methodArguments);
            }
            catch (Exception e) when (e is ArgumentException or TypeLoadException or FileNotFoundException or BadImageFormatException)
            {
                throw new InvalidOperationException(
                    $"{site}: cannot resolve the operand 0x{instruction.Token:X8} of {instruction.OpCode.Name} at IL_{instruction.Offset:X4}.", e);
            }

            AddMember(found, member, $"{site}: {instruction.OpCode.Name} at IL_{instruction.Offset:X4}");
        }
    }

    private static void AddMember(List<TypeReference> found, MemberInfo? member, string site)
    {
        switch (member)
        {
            case Type type:
                Add(found, type, site);
                break;
            case FieldInfo field:
                Add(found, field.DeclaringType, site);
                Add(found, field.FieldType, site);
                break;
            case MethodBase method:
                Add(found, method.DeclaringType, site);
                if (method is MethodInfo info)
                {
                    Add(found, info.ReturnType, site);
                    if (info.IsGenericMethod)
                    {
                        foreach (var argument in info.GetGenericArguments())
                        {
                            Add(found, argument, site);
                        }
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    Add(found, parameter.ParameterType, site);
                }

                break;
            case null:
                break;
            default:
                throw new InvalidOperationException($"{site}: unexpected token target {member.GetType().Name}.");
        }
    }

    private static void AddGenericConstraints(List<TypeReference> found, Type[] parameters, string site)
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in parameter.GetGenericParameterConstraints())
            {
                Add(found, constraint, $"{site}: constraint on {parameter.Name}");
            }
        }
    }

    private static void AddAttributes(List<TypeReference> found, IList<CustomAttributeData> attributes, string site)
    {
        foreach (var attribute in attributes)
        {
            Add(found, attribute.AttributeType, site);
            var arguments = attribute.ConstructorArguments.Concat(attribute.NamedArguments.Select(a => a.TypedValue));
            foreach (var argument in arguments)
            {
                AddAttributeArgument(found, argument, site);
            }
        }
    }

    private static void AddAttributeArgument(List<TypeReference> found, CustomAttributeTypedArgument argument, string site)
    {
        Add(found, argument.ArgumentType, site);
        switch (argument.Value)
        {
            case Type type:
                Add(found, type, $"{site} (typeof)");
                break;
            case ReadOnlyCollection<CustomAttributeTypedArgument> items:
                foreach (var item in items)
                {
                    AddAttributeArgument(found, item, site);
                }

                break;
        }
    }

    private static void Add(List<TypeReference> found, Type? type, string site)
    {
        if (type is null)
        {
            return;
        }

        foreach (var part in Flatten(type))
        {
            found.Add(new TypeReference(part, site));
        }
    }

    private static string Describe(Type type) => type.FullName ?? type.Name;
}
