namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// Says who may send a command or query. Every message in a <c>*.Contracts</c> project carries one
/// (the architecture tests hold that), and <see cref="Behaviors.AccessBehavior{TMessage,TResponse}"/>
/// refuses everyone else before validation or the handler runs.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public abstract class AccessDeclarationAttribute : Attribute;
