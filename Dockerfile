# Build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig appsettings.json ./
COPY src/NewsBot/NewsBot.csproj src/NewsBot/
RUN dotnet restore src/NewsBot/NewsBot.csproj
COPY src/ src/
RUN dotnet publish src/NewsBot/NewsBot.csproj -c Release -o /app --no-restore

# Run: the database lives in /app/data, mount a volume there to keep it.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://0.0.0.0:8080 \
    Sample__FeedUrl=http://127.0.0.1:8080/sample/feed.xml
EXPOSE 8080
VOLUME /app/data
USER $APP_UID
ENTRYPOINT ["dotnet", "NewsBot.dll"]
