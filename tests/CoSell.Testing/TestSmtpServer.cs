using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CoSell.Testing;

/// <summary>A real SMTP server in the test process (the SmtpServer package) on a loopback port, keeping what it receives.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private TestSmtpServer(int port, ConcurrentQueue<MimeMessage> received, Func<string, bool>? rejects)
    {
        Port = port;
        Received = received;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(received));
        if (rejects is not null)
        {
            // Refuses a recipient for good (550 at RCPT TO), as a server does for an unknown mailbox.
            services.Add(new DelegatingMailboxFilter((SmtpServer.Mail.IMailbox to, SmtpServer.Mail.IMailbox from) =>
                !rejects(SmtpServer.Mail.MailboxExtensionMethods.AsAddress(to)) && !rejects(SmtpServer.Mail.MailboxExtensionMethods.AsAddress(from))));
        }

        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public ConcurrentQueue<MimeMessage> Received { get; }

    /// <summary>Start listening on <paramref name="port"/>, keeping messages in <paramref name="received"/> (shared across restarts).</summary>
    public static async Task<TestSmtpServer> StartAsync(int port, ConcurrentQueue<MimeMessage>? received = null, Func<string, bool>? rejects = null)
    {
        var server = new TestSmtpServer(port, received ?? new ConcurrentQueue<MimeMessage>(), rejects);
        for (var i = 0; i < 100 && !await Accepts(port); i++)
        {
            await Task.Delay(20);
        }

        return server;
    }


    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static async Task<bool> Accepts(int port)
    {
        try
        {
            using var client = new System.Net.Sockets.TcpClient();
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
