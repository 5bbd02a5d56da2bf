using CareMatch.Commissioning.Councils;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Commissioning.Persistence;

internal sealed class CommissionerAssignmentConfiguration : IEntityTypeConfiguration<CommissionerAssignment>
{
    public void Configure(EntityTypeBuilder<CommissionerAssignment> builder)
    {
        builder.ToTable("CommissionerAssignments");
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.HasIndex(a => a.CouncilId);
    }
}
