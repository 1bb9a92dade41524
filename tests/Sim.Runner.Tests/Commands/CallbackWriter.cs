using System.Text;

namespace Sim.Runner.Tests.Commands;

/// <summary>A text writer that keeps what is written and calls back with each complete line.</summary>
internal sealed class CallbackWriter(Action<string> onLine) : TextWriter
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _line = new();
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    public override void Write(char value)
    {
        string? line = null;
        lock (_gate)
        {
            _text.Append(value);
            if (value == '\n')
            {
                line = _line.ToString();
                _line.Clear();
            }
            else
            {
                _line.Append(value);
            }
        }

        if (line is not null)
        {
            onLine(line);
        }
    }
}
