namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// Anyone at all, signed in or not, may send this: the doors into an account (register, sign in,
/// reset a password, confirm an email, accept an invitation). The handler proves who it is for.
/// </summary>
public sealed class SentByAnyoneAttribute : AccessDeclarationAttribute;
