using CareMatch.Web.Infrastructure.Demo;
using UglyToad.PdfPig;

namespace CareMatch.IntegrationTests.Demo;

/// <summary>The demo's hand-written evidence must pass the same check a carer's upload does.</summary>
public sealed class DemoEvidencePdfTests
{
    [Fact]
    public void The_demo_evidence_opens_as_a_pdf_with_one_page()
    {
        using var document = PdfDocument.Open(DemoEvidencePdf.Bytes);

        Assert.Equal(1, document.NumberOfPages);
    }
}
