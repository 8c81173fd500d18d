# Build and run Conduit in a container. Not built in CI (no Docker engine there); see compose.yaml.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/conduit-*.jar /conduit.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 conduit
USER conduit
WORKDIR /app
COPY --from=build /conduit.jar /app/conduit.jar
# 8080: the API. 8081: health, info and Prometheus metrics; keep it off the public network.
EXPOSE 8080 8081
# The container's memory limit decides the heap; virtual threads are on by configuration.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/conduit.jar"]
