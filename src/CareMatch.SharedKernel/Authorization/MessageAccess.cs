using System.Collections.Concurrent;
using System.Reflection;
using CareMatch.SharedKernel.Identity;

namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// A message type's access declarations, read once per type and kept. Null when the type declares
/// nothing: the behaviour refuses such a message outright, and the architecture tests see that
/// none ships.
/// </summary>
public sealed class MessageAccess
{
    private static readonly ConcurrentDictionary<Type, MessageAccess?> Cache = new();

    private MessageAccess(IReadOnlyList<string> roles, bool anyoneSignedIn, bool anyone, bool modules)
    {
        Roles = roles;
        AnyoneSignedIn = anyoneSignedIn;
        Anyone = anyone;
        Modules = modules;
    }

    /// <summary>The roles named by <see cref="SentByAttribute"/>, if any.</summary>
    public IReadOnlyList<string> Roles { get; }

    public bool AnyoneSignedIn { get; }

    public bool Anyone { get; }

    /// <summary>Modules may send it through <see cref="IModuleSender"/>.</summary>
    public bool Modules { get; }

    /// <summary>Modules, and nobody else.</summary>
    public bool ModulesOnly => Modules && Roles.Count == 0 && !AnyoneSignedIn && !Anyone;

    public static MessageAccess? For(Type messageType) => Cache.GetOrAdd(messageType, Read);

    public bool Admits(ICurrentUser user, bool sentByModule) =>
        Anyone
        || (Modules && sentByModule)
        || (user.UserId is not null && (AnyoneSignedIn || Roles.Any(user.IsInRole)));

    private static MessageAccess? Read(Type messageType)
    {
        var declarations = messageType.GetCustomAttributes<AccessDeclarationAttribute>(inherit: false).ToList();
        if (declarations.Count == 0) return null;
        return new MessageAccess(
            declarations.OfType<SentByAttribute>().SelectMany(d => d.Roles).Distinct().ToList(),
            declarations.OfType<SentByAnyoneSignedInAttribute>().Any(),
            declarations.OfType<SentByAnyoneAttribute>().Any(),
            declarations.OfType<SentByModulesAttribute>().Any());
    }
}
