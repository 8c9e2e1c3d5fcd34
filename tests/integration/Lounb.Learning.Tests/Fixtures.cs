namespace Lounb.Learning.Tests;

/// <summary>One app on SQLite shared by a test class.</summary>
public sealed class SqliteApp() : LounbAppFactory(TestDatabase.Sqlite);

/// <summary>One app on a fresh PostgreSQL database shared by a test class.</summary>
public sealed class PostgresApp() : LounbAppFactory(TestDatabase.Postgres);
