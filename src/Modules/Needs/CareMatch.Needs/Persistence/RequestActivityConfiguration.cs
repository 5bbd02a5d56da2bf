using CareMatch.Needs.Acting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Needs.Persistence;

internal sealed class RequestActivityConfiguration : IEntityTypeConfiguration<RequestActivity>
{
    public void Configure(EntityTypeBuilder<RequestActivity> builder)
    {
        builder.ToTable("RequestActivities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.What).HasMaxLength(RequestActivity.MaxWhatLength);
        builder.HasIndex(a => new { a.RequestId, a.At });
        builder.HasOne<Requests.CareRequest>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
