using System;
using System.Buffers;
using System.IO;

namespace Coherence.Serialization;

/// <summary>A growing byte buffer that JSON writers write into, emptied into a stream in large blocks.</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>
{
    private byte[] bytes;
    private int count;

    public ByteBuffer(int capacity) => bytes = new byte[capacity];

    /// <summary>Gets how many bytes are held.</summary>
    public int Count => count;

    /// <inheritdoc/>
    public void Advance(int written) => count += written;

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return bytes.AsMemory(count);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return bytes.AsSpan(count);
    }

    /// <summary>Adds one byte.</summary>
    public void Add(byte value)
    {
        Reserve(1);
        bytes[count++] = value;
    }

    /// <summary>Writes the bytes held to a stream and forgets them.</summary>
    public void WriteTo(Stream stream)
    {
        stream.Write(bytes, 0, count);
        count = 0;
    }

    private void Reserve(int size)
    {
        size = Math.Max(size, 256);
        if (bytes.Length - count >= size)
        {
            return;
        }

        var bigger = new byte[Math.Max(bytes.Length * 2, count + size)];
        Buffer.BlockCopy(bytes, 0, bigger, 0, count);
        bytes = bigger;
    }
}
