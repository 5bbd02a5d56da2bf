namespace CareMatch.Web.Infrastructure.Validation;

/// <summary>
/// A page whose POST handlers act on something the page lists (offers, visits): when a handler
/// is refused, <see cref="InputValidationPageFilter"/> reloads what the page shows before it
/// renders the page again with the message, so the person sees the list and why, not a blank page.
/// </summary>
public interface IReloadsAfterRefusal
{
    Task ReloadAsync(CancellationToken cancellationToken);
}
