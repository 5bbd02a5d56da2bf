using CareMatch.Providers.Bookability;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Profiles;

namespace CareMatch.Providers.Credentials;

/// <summary>Every required credential of a profile, in a fixed order, the missing ones included.</summary>
internal static class CredentialViews
{
    public static IReadOnlyList<CredentialView> Of(CarerProfile profile, DateOnly today) =>
        CarerBookability.RequiredKinds.Select(kind => profile.CredentialOf(kind) is { } c
            ? new CredentialView(kind, true, c.Id, c.State, c.RejectionReason, c.EvidenceFileId, c.CertificateNumber, c.IssuedOn,
                c.OnUpdateService, CredentialExpiry.LastValidDay(c), c.RefereeName, CredentialExpiry.IsExpired(c, today))
            : new CredentialView(kind, false, null, null, null, null, null, null, false, null, null, false))
        .ToList();
}
