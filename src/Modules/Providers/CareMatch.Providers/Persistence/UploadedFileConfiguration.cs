using CareMatch.Providers.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Providers.Persistence;

internal sealed class UploadedFileConfiguration : IEntityTypeConfiguration<UploadedFile>
{
    public void Configure(EntityTypeBuilder<UploadedFile> builder)
    {
        builder.ToTable("CarerUploadedFiles");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.ProfileId);
        builder.Property(f => f.StorageKey).HasMaxLength(100);
        builder.Property(f => f.ContentType).HasMaxLength(50);
        builder.Property(f => f.DownloadName).HasMaxLength(100);
    }
}
