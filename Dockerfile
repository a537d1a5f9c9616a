# Multi-stage: the SDK builds, the ASP.NET runtime runs. Restore is its own layer, cached until a project file changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY .editorconfig ./
COPY src/Directory.Build.props src/Directory.Packages.props src/
COPY src/ClaimBot.Core/ClaimBot.Core.csproj src/ClaimBot.Core/
COPY src/ClaimBot.Store.Sqlite/ClaimBot.Store.Sqlite.csproj src/ClaimBot.Store.Sqlite/
COPY src/ClaimBot.Store.Postgres/ClaimBot.Store.Postgres.csproj src/ClaimBot.Store.Postgres/
COPY src/ClaimBot.Platforms/ClaimBot.Platforms.csproj src/ClaimBot.Platforms/
COPY src/ClaimBot.Host/ClaimBot.Host.csproj src/ClaimBot.Host/
RUN dotnet restore src/ClaimBot.Host/ClaimBot.Host.csproj
COPY src/ src/
COPY prompts/ prompts/
RUN dotnet publish src/ClaimBot.Host/ClaimBot.Host.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Optional: German-English FreeDict dictionaries (too large to ship in the repository) for German cross-lingual matching.
RUN apt-get update \
    && apt-get install -y --no-install-recommends dict-freedict-deu-eng dict-freedict-eng-deu \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY appsettings.json ./
COPY prompts/ ./prompts/
COPY seeds/ ./seeds/
RUN mkdir -p /app/data && chown app:app /app/data
USER app
VOLUME ["/app/data"]
ENV Urls=http://+:8080
EXPOSE 8080
ENTRYPOINT ["dotnet", "claimbot.dll"]
CMD ["serve"]
