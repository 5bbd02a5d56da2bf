using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>
/// Uploads through the real host: only JPEG, PNG or PDF by content, 5 MB at most (413 above),
/// served as downloads to the owner and admins only.
/// </summary>
public abstract class CarerUploadTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task An_executable_renamed_jpg_is_refused_as_a_photo_at_the_field_and_nothing_is_stored()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.jpg", SampleFiles.Executable, "image/jpeg");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Photo", "The file must be a JPEG or PNG");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_pdf_is_not_a_photo()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.png", SampleFiles.Pdf, "image/png");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Photo", "The file must be a JPEG or PNG");
    }

    [Fact]
    public async Task A_photo_is_kept_by_its_content_type_whatever_its_name()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "holiday.exe", SampleFiles.Jpeg);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var file = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .UploadedFiles.AsNoTracking().SingleAsync(f => f.ProfileId == carer.ProfileId));
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Matches("^[0-9a-f]{32}\\.jpg$", file.StorageKey);
    }

    [Fact]
    public async Task An_executable_renamed_as_evidence_is_refused_at_the_field_with_the_other_problems()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync($"/Carer/Credentials/Submit/{CredentialKind.PublicLiabilityInsurance}",
            new Dictionary<string, string>(), "Input.Evidence", "insurance.pdf", SampleFiles.Executable, "application/pdf");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Evidence", "The file must be a JPEG, PNG or PDF");
        await FieldErrors.AssertFieldErrorAsync(response, "Input.ExpiresOn", "Enter the expiry date");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
        Assert.Equal(0, await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .Credentials.CountAsync(c => c.ProfileId == carer.ProfileId)));
    }

    [Fact]
    public async Task A_6_MB_file_is_refused_with_413_and_nothing_is_stored()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync($"/Carer/Credentials/Submit/{CredentialKind.RightToWork}",
            new Dictionary<string, string>(), "Input.Evidence", "passport.pdf", SampleFiles.SixMegabytePdf(), "application/pdf");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_6_MB_photo_is_refused_with_413()
    {
        var carer = await factory.NewCarerAsync();
        var big = new byte[6 * 1024 * 1024];
        SampleFiles.Png.CopyTo(big, 0);

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.png", big, "image/png");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_file_just_over_5_MB_that_fits_the_request_limit_is_refused_at_the_field()
    {
        var carer = await factory.NewCarerAsync();
        var justOver = new byte[(5 * 1024 * 1024) + 10];
        SampleFiles.Pdf.CopyTo(justOver, 0);

        var response = await carer.Client.UploadAsync($"/Carer/Credentials/Submit/{CredentialKind.RightToWork}",
            new Dictionary<string, string>(), "Input.Evidence", "passport.pdf", justOver, "application/pdf");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Evidence", "The file must be smaller than 5 MB");
    }

    [Fact]
    public async Task A_jpeg_header_followed_by_html_is_refused_as_a_photo_at_the_field_and_nothing_is_stored()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.jpg", SampleFiles.JpegMagicThenHtml, "image/jpeg");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Photo", "The file must be a real JPEG or PNG image");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_png_signature_followed_by_html_is_refused_as_a_photo_at_the_field_and_nothing_is_stored()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.png", SampleFiles.PngMagicThenHtml, "image/png");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Photo", "The file must be a real JPEG or PNG image");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_pdf_header_followed_by_html_is_refused_as_evidence_at_the_field_and_nothing_is_stored()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync($"/Carer/Credentials/Submit/{CredentialKind.PublicLiabilityInsurance}",
            new Dictionary<string, string>(), "Input.Evidence", "insurance.pdf", SampleFiles.PdfMagicThenHtml, "application/pdf");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Evidence", "The selected file could not be read as a PDF");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_jpeg_header_followed_by_html_is_refused_as_evidence_at_the_field()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync($"/Carer/Credentials/Submit/{CredentialKind.PublicLiabilityInsurance}",
            new Dictionary<string, string>(), "Input.Evidence", "insurance.jpg", SampleFiles.JpegMagicThenHtml, "image/jpeg");

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Evidence", "The file must be a real JPEG or PNG image");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_real_photo_with_gps_exif_is_accepted_and_served_re_encoded_without_its_exif()
    {
        var carer = await factory.NewCarerAsync();
        Assert.True(SampleFiles.JpegWithGps.AsSpan().IndexOf("Exif"u8) >= 0, "the sample must carry EXIF to prove it is removed");

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.jpg", SampleFiles.JpegWithGps, "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var fileId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .UploadedFiles.Where(f => f.ProfileId == carer.ProfileId).Select(f => f.Id).SingleAsync());
        var served = await carer.Client.GetByteArrayAsync($"/Carer/Files/{fileId}");
        Assert.Equal([0xFF, 0xD8, 0xFF], served[..3]);
        Assert.True(served.AsSpan().IndexOf("Exif"u8) < 0, "the served photo still has an EXIF block");
        Assert.True(served.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xE1]) < 0, "the served photo still has an APP1 (EXIF/XMP) segment");
        Assert.NotEqual(SampleFiles.JpegWithGps, served);
    }

    [Fact]
    public async Task A_real_png_photo_is_accepted()
    {
        var carer = await factory.NewCarerAsync();

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.png", SampleFiles.Png, "image/png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_real_pdf_is_accepted_as_evidence_and_served_as_sent()
    {
        var carer = await factory.NewCarerAsync();
        await carer.SubmitCredentialAsync(CredentialKind.RightToWork, new Dictionary<string, string>());

        var fileId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .UploadedFiles.Where(f => f.ProfileId == carer.ProfileId).Select(f => f.Id).SingleAsync());
        Assert.Equal(SampleFiles.Pdf, await carer.Client.GetByteArrayAsync($"/Carer/Files/{fileId}"));
    }

    [Fact]
    public async Task A_chunked_20_MB_photo_is_refused_with_413_after_the_server_read_little_more_than_5_MB()
    {
        var carer = await factory.NewCarerAsync();
        var twentyMegabytes = new CountingStream(SampleFiles.Jpeg, 20L * 1024 * 1024);
        var file = new StreamContent(twentyMegabytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");

        var response = await carer.Client.UploadAsync("/Carer/Photo", new Dictionary<string, string>(), "Input.Photo", "me.jpg", file);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("The file must be smaller than 5 MB", StringComparison.Ordinal), body[body.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.True(twentyMegabytes.BytesRead < 8L * 1024 * 1024, $"the server read {twentyMegabytes.BytesRead:N0} bytes of a 20 MB upload");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task A_chunked_file_just_over_5_MB_is_refused_at_the_field()
    {
        var carer = await factory.NewCarerAsync();
        var file = new StreamContent(new CountingStream(SampleFiles.Pdf, (5 * 1024 * 1024) + 10));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");

        var response = await carer.Client.UploadAsync($"/Carer/Credentials/Submit/{CredentialKind.RightToWork}",
            new Dictionary<string, string>(), "Input.Evidence", "passport.pdf", file);

        await FieldErrors.AssertFieldErrorAsync(response, "Input.Evidence", "The file must be smaller than 5 MB");
        Assert.Equal(0, await FilesOfAsync(carer.ProfileId));
    }

    [Fact]
    public async Task Evidence_is_a_download_for_its_owner_and_admins_and_does_not_exist_for_anyone_else()
    {
        var owner = await factory.NewCarerAsync();
        await owner.SubmitCredentialAsync(CredentialKind.RightToWork, new Dictionary<string, string>());
        var fileId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .UploadedFiles.Where(f => f.ProfileId == owner.ProfileId).Select(f => f.Id).SingleAsync());
        Assert.Contains($"/Carer/Files/{fileId}", await owner.Client.GetStringAsync("/Carer/Credentials"));

        var mine = await owner.Client.GetAsync($"/Carer/Files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("attachment", mine.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(mine.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(SampleFiles.Pdf, await mine.Content.ReadAsByteArrayAsync());

        var otherCarer = await factory.NewCarerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await otherCarer.Client.GetAsync($"/Carer/Files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCarer.Client.GetAsync($"/Carer/Files/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherCarer.Client.GetAsync($"/Admin/Carers/Files/{fileId}")).StatusCode);

        var (seekerEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync($"/Carer/Files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync($"/Admin/Carers/Files/{fileId}")).StatusCode);

        var visitor = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/Carer/Files/{fileId}")).StatusCode);

        var admin = await factory.AdminAsync();
        var adminDownload = await admin.GetAsync($"/Admin/Carers/Files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, adminDownload.StatusCode);
        Assert.Equal("attachment", adminDownload.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task Uploads_are_stored_outside_wwwroot_under_generated_names()
    {
        var carer = await factory.NewCarerAsync();
        await carer.SubmitCredentialAsync(CredentialKind.RightToWork, new Dictionary<string, string>());
        var key = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .UploadedFiles.Where(f => f.ProfileId == carer.ProfileId).Select(f => f.StorageKey).SingleAsync());

        Assert.Matches("^[0-9a-f]{32}\\.pdf$", key);
        Assert.Equal(HttpStatusCode.NotFound, (await carer.Client.GetAsync($"/uploads/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await carer.Client.GetAsync($"/App_Data/uploads/{key}")).StatusCode);
    }

    private Task<int> FilesOfAsync(Guid profileId) =>
        factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().UploadedFiles.CountAsync(f => f.ProfileId == profileId));
}

public sealed class CarerUploadTestsOnSqlite(SqliteAppFactory factory) : CarerUploadTests<SqliteAppFactory>(factory);

public sealed class CarerUploadTestsOnPostgreSql(PostgresAppFactory factory) : CarerUploadTests<PostgresAppFactory>(factory);
