// Saves a file the portal built (an export) through the browser's own download, from a .NET stream.
window.cosellDownload = async (fileName, streamReference) => {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: "text/csv" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
    URL.revokeObjectURL(url);
};

// Does nothing: a round trip the portal awaits to know that the browser calls sent before it have run (Settling).
window.cosellSettle = () => { };
