using Lounb.Learning.Data;
using Npgsql;

namespace Lounb.Learning.UnitTests.Data;

public sealed class PostgresConnectionDefaultsTests
{
    private const string Plain = "Host=db;Port=5432;Database=lounb;Username=lounb;Password=secret;Maximum Pool Size=100";

    [Fact]
    public void AConnectionStringWithoutThem_GetsNoResetOnCloseAndMaxAutoPrepare_EverythingElseKept()
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(Plain, new DatabaseOptions()));

        Assert.True(applied.NoResetOnClose);
        Assert.Equal(30, applied.MaxAutoPrepare);
        Assert.Equal("db", applied.Host);
        Assert.Equal("lounb", applied.Database);
        Assert.Equal("secret", applied.Password);
        Assert.Equal(100, applied.MaxPoolSize);
    }

    [Theory]
    [InlineData(";No Reset On Close=false;Max Auto Prepare=5")]
    [InlineData(";NoResetOnClose=false;MaxAutoPrepare=5")]
    [InlineData(";no reset on close=false;max auto prepare=5")]
    public void WhatTheOperatorWrote_Wins_InAnySpellingNpgsqlAccepts(string written)
    {
        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(Plain + written, new DatabaseOptions()));

        Assert.False(applied.NoResetOnClose);
        Assert.Equal(5, applied.MaxAutoPrepare);
    }

    [Fact]
    public void TheOptions_ChooseTheDefaults()
    {
        var options = new DatabaseOptions { PostgresNoResetOnClose = false, PostgresMaxAutoPrepare = 0 };

        var applied = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(Plain, options));

        Assert.False(applied.NoResetOnClose);
        Assert.Equal(0, applied.MaxAutoPrepare);
    }
}
