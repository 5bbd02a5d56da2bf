using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Input;

namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>The five checks a demo carer submits, with a tiny PDF as evidence, dated relative to today.</summary>
public static class DemoCredentialSubmissions
{
    private static readonly byte[] EvidencePdf = DemoEvidencePdf.Bytes;

    public static IEnumerable<SubmitMyCredential> For(int number, DateOnly today)
    {
        var issued = today.AddMonths(-(2 + number % 20));
        yield return Submit(CredentialKind.EnhancedDbs, certificate: $"0012{number:00000000}", issuedOn: issued, onUpdateService: true);
        yield return Submit(CredentialKind.RightToWork);
        yield return Submit(CredentialKind.PublicLiabilityInsurance, expiresOn: today.AddMonths(3 + number % 9));
        yield return Submit(CredentialKind.FirstReference, referee: "A. Previous Employer");
        yield return Submit(CredentialKind.SecondReference, referee: "B. Former Client's Family");
    }

    private static SubmitMyCredential Submit(
        CredentialKind kind, string? certificate = null, DateOnly? issuedOn = null, bool onUpdateService = false,
        DateOnly? expiresOn = null, string? referee = null) =>
        new(kind, new MemoryStream(EvidencePdf), EvidencePdf.Length, certificate, Fields(issuedOn), onUpdateService, Fields(expiresOn), referee);

    private static DateBoxes? Fields(DateOnly? date) => date is { } d ? DateInput.Write(d) : null;
}
