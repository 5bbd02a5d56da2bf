namespace CareMatch.Payments.Gateway;

internal enum AuthorisationResult
{
    Held,
    Declined,
    NeedsTheSeeker,
}
