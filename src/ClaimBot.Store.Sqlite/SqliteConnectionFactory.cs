using Microsoft.Data.Sqlite;

namespace ClaimBot.Store.Sqlite;

/// <summary>Opens pooled connections to one database file, each with the store's per-connection settings.</summary>
internal sealed class SqliteConnectionFactory
{
    // Writers hold the database lock for a whole commit; readers and small writers wait this long before failing.
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;
    private volatile bool _directoryEnsured;

    public SqliteConnectionFactory(string path)
    {
        DatabasePath = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public string DatabasePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        EnsureDirectory();
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void EnsureDirectory()
    {
        if (_directoryEnsured)
        {
            return;
        }

        var directory = System.IO.Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _directoryEnsured = true;
    }
}
