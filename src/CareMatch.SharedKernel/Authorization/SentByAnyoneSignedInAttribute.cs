namespace CareMatch.SharedKernel.Authorization;

/// <summary>Anyone signed in, whatever their role, may send this: it is about their own account or data.</summary>
public sealed class SentByAnyoneSignedInAttribute : AccessDeclarationAttribute;
