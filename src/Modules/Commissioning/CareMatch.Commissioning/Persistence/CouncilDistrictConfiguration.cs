using CareMatch.Commissioning.Councils;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Commissioning.Persistence;

internal sealed class CouncilDistrictConfiguration : IEntityTypeConfiguration<CouncilDistrict>
{
    public void Configure(EntityTypeBuilder<CouncilDistrict> builder)
    {
        builder.ToTable("CouncilDistricts");
        builder.HasKey(d => d.District);
        builder.Property(d => d.District).HasMaxLength(4);
    }
}
