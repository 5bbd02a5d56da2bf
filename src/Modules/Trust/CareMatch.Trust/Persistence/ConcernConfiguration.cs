using CareMatch.Trust.Contracts;
using CareMatch.Trust.Safeguarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Trust.Persistence;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("SafeguardingConcerns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Reference).HasMaxLength(16);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.RaisedByUserId).HasMaxLength(450);
        builder.Property(c => c.OwnerUserId).HasMaxLength(450);
        builder.Property(c => c.District).HasMaxLength(8);
        builder.Property(c => c.WhatHappened).HasMaxLength(SafeguardingText.MaxWhatHappenedLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
        // Concerns raised before people and visits could be named were all about messages.
        builder.Property(c => c.Subject).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ConcernSubject.Message).HasSentinel((ConcernSubject)(-1));
        builder.Property(c => c.AboutName).HasMaxLength(200);
        builder.Ignore(c => c.About);
        builder.HasIndex(c => c.RaisedByUserId);
        builder.HasIndex(c => c.CouncilId);
        // The retry job's question: urgent emails that failed and are not yet sent.
        builder.HasIndex(c => c.CouncilEmailFailedAt);
    }
}
