using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Cover;
using CareMatch.Bookings.Handover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Persistence;

internal sealed class BookingsDbContext(DbContextOptions<BookingsDbContext> options) : DbContext(options)
{
    public const string Schema = "bookings";

    /// <summary>Named so the refusal can be recognised whichever provider raised it.</summary>
    public const string OneBookingPerRequest = "IX_Bookings_RequestId";

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<CoverRequest> CoverRequests => Set<CoverRequest>();

    public DbSet<CoverOffer> CoverOffers => Set<CoverOffer>();

    public DbSet<HandoverCard> HandoverCards => Set<HandoverCard>();

    public DbSet<HandoverCardOpening> HandoverCardOpenings => Set<HandoverCardOpening>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Bookings");

        modelBuilder.Entity<Offer>(offer =>
        {
            offer.ToTable("CareOffers");
            offer.HasKey(o => o.Id);
            offer.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
            offer.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
            offer.Property(o => o.SeekerUserId).HasMaxLength(450);
            offer.Property(o => o.CarerName).HasMaxLength(100);
            offer.Property(o => o.Sector).HasMaxLength(8);
            offer.Property(o => o.Message).HasMaxLength(1000);
            offer.Property(o => o.DeclineReason).HasMaxLength(500);
            offer.HasIndex(o => o.RequestId);
            offer.HasIndex(o => o.CarerProfileId);
            offer.HasIndex(o => new { o.Status, o.ExpiresAt });
        });

        modelBuilder.Entity<Booking>(booking =>
        {
            booking.ToTable("Bookings");
            booking.HasKey(b => b.Id);
            booking.HasIndex(b => b.RequestId).IsUnique().HasDatabaseName(OneBookingPerRequest);
            booking.HasIndex(b => b.SeekerUserId);
            booking.HasIndex(b => b.CarerProfileId);
            booking.Property(b => b.SeekerUserId).HasMaxLength(450);
            booking.Property(b => b.CarerName).HasMaxLength(100);
            booking.Property(b => b.Sector).HasMaxLength(8);
            booking.Property(b => b.EndReason).HasMaxLength(500);
            booking.Ignore(b => b.Active);
        });

        modelBuilder.Entity<Visit>(visit =>
        {
            visit.ToTable("Visits");
            visit.HasKey(v => v.Id);
            visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
            visit.Property(v => v.CancelledBy).HasConversion<string>().HasMaxLength(16);
            visit.Property(v => v.CarerNotes).HasMaxLength(2000);
            visit.Property(v => v.CoverCarerName).HasMaxLength(100);
            visit.Property(v => v.CancelReason).HasMaxLength(500);
            // Generating the same day twice adds nothing: one visit per booking, carer and start
            // (a cover carer's visit may share the start of the one they cover).
            visit.HasIndex(v => new { v.BookingId, v.CarerProfileId, v.StartsAt }).IsUnique();
            visit.HasIndex(v => new { v.CarerProfileId, v.StartsAt });
            visit.HasIndex(v => new { v.Status, v.EndsAt });
        });

        modelBuilder.Entity<CoverRequest>(cover =>
        {
            cover.ToTable("CoverRequests");
            cover.HasKey(c => c.Id);
            cover.HasIndex(c => c.VisitId).IsUnique();
            cover.HasIndex(c => c.Status);
            cover.Property(c => c.Status).HasConversion<string>().HasMaxLength(24);
            cover.Property(c => c.SeekerUserId).HasMaxLength(450);
            cover.Property(c => c.Sector).HasMaxLength(8);
            cover.Property(c => c.VolunteerName).HasMaxLength(100);
            cover.Property(c => c.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<CoverOffer>(offer =>
        {
            offer.ToTable("CoverOffers");
            offer.HasKey(o => o.Id);
            offer.HasIndex(o => new { o.CoverRequestId, o.CarerProfileId }).IsUnique();
            offer.HasIndex(o => o.CarerProfileId);
            offer.Property(o => o.CarerName).HasMaxLength(100);
        });

        modelBuilder.Entity<HandoverCard>(card =>
        {
            card.ToTable("HandoverCards");
            card.HasKey(c => c.RequestId);
            card.Property(c => c.RequestId).ValueGeneratedNever();
            card.HasIndex(c => c.SeekerUserId);
            card.Property(c => c.SeekerUserId).HasMaxLength(450);
            card.Property(c => c.WhatMatters).HasMaxLength(HandoverCardLimits.WhatMatters);
            card.Property(c => c.Routines).HasMaxLength(HandoverCardLimits.Routines);
            card.Property(c => c.Risks).HasMaxLength(HandoverCardLimits.Risks);
            card.Property(c => c.AccessToHome).HasMaxLength(HandoverCardLimits.AccessToHome);
            card.Ignore(c => c.Written);
        });

        modelBuilder.Entity<HandoverCardOpening>(opening =>
        {
            opening.ToTable("HandoverCardOpenings");
            opening.HasKey(o => o.Id);
            opening.HasIndex(o => new { o.RequestId, o.CarerProfileId });
            opening.HasIndex(o => o.CarerProfileId);
            opening.Property(o => o.CarerName).HasMaxLength(100);
        });
    }
}
