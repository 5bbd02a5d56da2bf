namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// Modules may send this through <see cref="IModuleSender"/>, whoever is signed in (or nobody, in a
/// job). Alone, it means modules only: a page sending it is refused even for an admin. Beside a
/// <see cref="SentByAttribute"/>, people with those roles may send it as well.
/// </summary>
public sealed class SentByModulesAttribute : AccessDeclarationAttribute;
